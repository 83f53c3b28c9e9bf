import { useEffect, useRef, useState } from 'react';
import { DOSSIER_CODE_RE, type DossierLookup } from '@motcua/protocol';
import { BigButton, useHubClient, type ClientError } from '@motcua/ui';
import { lookupDossier } from '../kioskRest.js';
import { kt } from '../kioskText.js';
import { LookupBar } from '../LookupBar.js';
import { OnScreenKeyboard } from '../OnScreenKeyboard.js';
import { useScans } from '../useScans.js';
import { DossierSummary } from './DossierSummary.js';
import { DossierTimeline } from './DossierTimeline.js';

type Step =
  | { kind: 'entry' }
  | { kind: 'summary'; lookup: DossierLookup }
  | { kind: 'factor'; lookup: DossierLookup }
  | { kind: 'timeline'; lookup: DossierLookup };

/** Only the characters a printed dossier code can hold, upper-case. */
const cleanCode = (s: string) => s.toUpperCase().replace(/[^A-Z0-9.-]/g, '').slice(0, 48);
const cleanDigits = (s: string) => s.replace(/\D/g, '').slice(0, 4);

export function lookupErrorText(error: ClientError, code: string, withFactor: boolean): string {
  switch (error.code) {
    case 'BAD_REQUEST':
      return kt('dossier.err.malformed', { code });
    case 'NOT_FOUND':
      return kt('dossier.err.notFound', { code });
    case 'FORBIDDEN':
      return withFactor ? kt('dossier.err.factor') : kt('dossier.err.other', { message: error.message });
    case 'RATE_LIMITED':
      return kt('dossier.err.rate');
    default:
      return kt('dossier.err.other', { message: error.message });
  }
}

/**
 * Public dossier look-up: scan the receipt's barcode (or type the code), see status, dates and
 * whether it is on time; the progress timeline only after the last 4 digits of the owner's phone
 * or ID number. No name or ID number is ever shown. A scan at any step starts over with that code.
 */
export function DossierLookupScreen({
  timeZone,
  initialCode,
  idleSeconds,
  onActivity,
  onHome,
}: {
  timeZone: string;
  initialCode: string | null;
  idleSeconds: number;
  /** A scan is a touch: it restarts the idle wait. */
  onActivity: () => void;
  onHome: () => void;
}) {
  const client = useHubClient();
  const [step, setStep] = useState<Step>({ kind: 'entry' });
  const [code, setCode] = useState('');
  const [factor, setFactor] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const request = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  async function find(raw: string) {
    const c = cleanCode(raw.trim());
    const id = ++request.current; // an answer to an older request is dropped
    setCode(c);
    setFactor('');
    setStep({ kind: 'entry' });
    setBusy(false);
    if (!c) return;
    if (!DOSSIER_CODE_RE.test(c)) {
      setError(kt('dossier.err.malformed', { code: c }));
      return;
    }
    setBusy(true);
    setError(null);
    const r = await lookupDossier(c, null, client.token);
    if (id !== request.current) return;
    setBusy(false);
    if (r.ok) setStep({ kind: 'summary', lookup: r.data });
    else setError(lookupErrorText(r.error, c, false));
  }

  async function verify(lookup: DossierLookup) {
    if (factor.length !== 4) return;
    const id = ++request.current;
    setBusy(true);
    setError(null);
    const r = await lookupDossier(lookup.code, factor, client.token);
    if (id !== request.current) return;
    setBusy(false);
    setFactor('');
    if (r.ok && r.data.timeline) setStep({ kind: 'timeline', lookup: r.data });
    else if (r.ok) setError(kt('dossier.err.factor'));
    else setError(lookupErrorText(r.error, lookup.code, true));
  }

  useScans(true, 'dossier-lookup', (scanned) => {
    onActivity();
    void find(scanned);
  });
  // a scan on the start screen opened this screen: look that code up once
  const first = useRef(initialCode);
  useEffect(() => {
    const c = first.current;
    first.current = null;
    if (c) void find(c);
  });
  useEffect(() => {
    if (step.kind === 'entry') input.current?.focus();
  }, [step.kind]);

  const startOver = () => {
    setCode('');
    setError(null);
    setStep({ kind: 'entry' });
  };
  const back =
    step.kind === 'factor' || step.kind === 'timeline'
      ? () => {
          setError(null);
          setFactor('');
          setStep({ kind: 'summary', lookup: step.lookup });
        }
      : step.kind === 'summary'
        ? () => {
            setError(null);
            setStep({ kind: 'entry' });
          }
        : null;

  return (
    <section className="kiosk-dossier" data-step={step.kind} aria-busy={busy}>
      <LookupBar title={kt('dossier.title')} onBack={back} onHome={onHome} />
      {step.kind === 'entry' ? (
        <form
          className="kiosk-dossier-entry"
          onSubmit={(e) => {
            e.preventDefault();
            void find(code);
          }}
        >
          <div className="kiosk-scan-prompt">
            <span className="kiosk-scan-icon kiosk-barcode" aria-hidden="true" />
            <span>
              <strong>{kt('dossier.scan')}</strong>
              <small>{kt('dossier.scan.hint')}</small>
            </span>
          </div>
          <label className="kiosk-search-label" htmlFor="kiosk-dossier-code">
            {kt('dossier.code')}
          </label>
          <div className="kiosk-search-row">
            <input
              id="kiosk-dossier-code"
              ref={input}
              className="kiosk-search-input kiosk-code-input"
              data-testid="dossier-code"
              inputMode="none"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder={kt('dossier.code.example')}
              value={code}
              onChange={(e) => {
                setError(null);
                setCode(cleanCode(e.target.value));
              }}
            />
            <BigButton size="touch" tone="primary" type="submit" disabled={busy || !code} data-testid="dossier-search">
              {busy ? kt('dossier.searching') : kt('dossier.search')}
            </BigButton>
          </div>
          {error ? <ErrorLine text={error} /> : null}
          <OnScreenKeyboard
            layout="code"
            disabled={busy}
            onKey={(ch) => {
              setError(null);
              setCode((s) => cleanCode(s + ch));
            }}
            onBackspace={() => setCode((s) => s.slice(0, -1))}
            onClear={() => setCode('')}
          />
        </form>
      ) : null}
      {step.kind === 'summary' ? (
        <>
          <DossierSummary lookup={step.lookup} timeZone={timeZone} />
          <div className="kiosk-dossier-actions">
            <BigButton
              size="touch"
              tone="primary"
              data-testid="dossier-details"
              onClick={() => setStep({ kind: 'factor', lookup: step.lookup })}
            >
              {kt('dossier.details')} →
            </BigButton>
            <BigButton size="touch" tone="secondary" onClick={startOver}>
              {kt('dossier.again')}
            </BigButton>
          </div>
        </>
      ) : null}
      {step.kind === 'factor' ? (
        <form
          className="kiosk-factor"
          onSubmit={(e) => {
            e.preventDefault();
            void verify(step.lookup);
          }}
        >
          <h2 className="kiosk-factor-title">{kt('dossier.factor.title')}</h2>
          <p className="kiosk-factor-hint">{kt('dossier.factor.hint')}</p>
          <div className="kiosk-factor-boxes" data-testid="factor-boxes" aria-label={`${factor.length}/4`}>
            {[0, 1, 2, 3].map((i) => (
              <span key={i} className={`kiosk-factor-box${i < factor.length ? ' is-filled' : ''}`}>
                {i < factor.length ? '●' : ''}
              </span>
            ))}
          </div>
          {error ? <ErrorLine text={error} /> : null}
          <OnScreenKeyboard
            layout="digits"
            disabled={busy}
            onKey={(d) => {
              setError(null);
              setFactor((f) => cleanDigits(f + d));
            }}
            onBackspace={() => setFactor((f) => f.slice(0, -1))}
            onClear={() => setFactor('')}
          />
          <BigButton size="touch" tone="primary" type="submit" disabled={busy || factor.length !== 4} data-testid="factor-go">
            {busy ? kt('dossier.searching') : kt('dossier.factor.go')}
          </BigButton>
        </form>
      ) : null}
      {step.kind === 'timeline' ? (
        <>
          <DossierSummary lookup={step.lookup} timeZone={timeZone} />
          <DossierTimeline lookup={step.lookup} timeZone={timeZone} />
          <div className="kiosk-dossier-actions">
            <BigButton size="touch" tone="secondary" onClick={startOver}>
              {kt('dossier.again')}
            </BigButton>
          </div>
        </>
      ) : null}
      <p className="kiosk-dossier-privacy">{kt('dossier.privacy', { n: idleSeconds })}</p>
    </section>
  );
}

function ErrorLine({ text }: { text: string }) {
  return (
    <p className="kiosk-lookup-error" role="alert" data-testid="dossier-error">
      {text}
    </p>
  );
}
