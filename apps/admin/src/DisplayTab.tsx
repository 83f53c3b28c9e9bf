import { useCallback, useEffect, useState } from 'react';
import type { DisplayProfile, DisplaySettings, Snapshot } from '@motcua/protocol';
import { BigButton, createDevice, Notice, useHub, useHubEvents } from '@motcua/ui';
import { getDisplay, saveDisplay } from './api.js';
import { useNotice } from './useNotice.js';

const LAYOUT_LABEL: Record<DisplayProfile['layout'], string> = {
  auto: 'Tự động theo màn hình',
  landscape: 'Màn hình ngang',
  portrait: 'Màn hình dọc',
};

const newProfile = (n: number): DisplayProfile => ({
  id: `man-hinh-${n}`,
  name: `Màn hình ${n}`,
  serviceIds: null,
  counterIds: null,
  layout: 'auto',
  recentCount: 6,
  voice: { enabled: true, repeat: 2, volume: 1, clipSet: 'default' },
});

export const tvUrl = (profileId: string, token?: string) =>
  `${window.location.origin}/tv/?profile=${encodeURIComponent(profileId)}${token ? `&token=${encodeURIComponent(token)}` : ''}`;

export function DisplayTab({ token }: { token: string }) {
  const { snapshot } = useHub();
  const [draft, setDraft] = useState<DisplaySettings | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [links, setLinks] = useState<Record<string, string>>({});
  const { notice, show, dismiss } = useNotice();

  const load = useCallback(async () => {
    const r = await getDisplay(token);
    if (!r.ok) return show('error', r.error.message);
    setDraft(r.data);
    setDirty(false);
  }, [token, show]);
  useEffect(() => {
    void load();
  }, [load]);
  // another admin saved: take it unless this page has unsaved edits
  useHubEvents((e) => {
    if (e.name === 'other' && e.event === 'display:changed' && !dirty) {
      const d = (e.change as { display?: DisplaySettings }).display;
      if (d) setDraft(d);
    }
  });

  if (!draft || !snapshot) return <Notice notice={notice} onDismiss={dismiss} />;
  const edit = (d: DisplaySettings) => {
    setDraft(d);
    setDirty(true);
  };
  const setProfile = (i: number, p: DisplayProfile) => edit({ ...draft, profiles: draft.profiles.map((x, j) => (j === i ? p : x)) });

  async function save() {
    if (!draft) return;
    const ids = draft.profiles.map((p) => p.id.trim());
    if (ids.some((id) => !/^[A-Za-z0-9_.:-]{1,64}$/.test(id))) {
      return show('error', 'Mã cấu hình màn hình chỉ gồm chữ không dấu, số và _ . : - (vd: tang-1).');
    }
    if (new Set(ids).size !== ids.length) return show('error', 'Hai cấu hình màn hình trùng mã: mỗi cấu hình cần một mã riêng.');
    if (draft.profiles.some((p) => !p.name.trim())) return show('error', 'Vui lòng đặt tên cho mỗi cấu hình màn hình.');
    setBusy(true);
    const notice = draft.notice?.trim() ? draft.notice.trim() : null;
    const r = await saveDisplay({ notice, profiles: draft.profiles.map((p) => ({ ...p, id: p.id.trim(), name: p.name.trim() })) }, token);
    setBusy(false);
    if (!r.ok) return show('error', r.error.message);
    setDraft(r.data);
    setDirty(false);
    show('ok', 'Đã lưu. Các màn hình TV cập nhật ngay.');
  }

  async function makeDevice(p: DisplayProfile) {
    const r = await createDevice({ name: `TV — ${p.name}`, role: 'display' }, { token });
    if (!r.ok) return show('error', r.error.message);
    setLinks((l) => ({ ...l, [p.id]: tvUrl(p.id, r.data.token) }));
  }

  return (
    <section className="admin-section">
      <Notice notice={notice} onDismiss={dismiss} />
      <div className="admin-card admin-stretch">
        <label className="mc-field">
          Dòng thông báo chạy trên TV (để trống nếu không cần)
          <textarea
            className="mc-input"
            name="notice"
            rows={2}
            maxLength={500}
            value={draft.notice ?? ''}
            placeholder="vd: Bộ phận một cửa làm việc buổi sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30."
            onChange={(e) => edit({ ...draft, notice: e.target.value })}
          />
        </label>
        <div className="admin-muted">{(draft.notice ?? '').length}/500 ký tự</div>
      </div>
      <h2 className="admin-h2">Cấu hình màn hình</h2>
      <div className="admin-muted">
        Mỗi cấu hình chọn những gì một màn hình hiện (một phòng, một tầng, một đơn vị). TV mở không kèm cấu hình hiện mọi dịch vụ và mọi
        quầy.
      </div>
      <div className="admin-profiles">
        {draft.profiles.map((p, i) => (
          <ProfileCard
            key={i}
            p={p}
            snapshot={snapshot}
            link={links[p.id] ?? null}
            onChange={(x) => setProfile(i, x)}
            onRemove={() => edit({ ...draft, profiles: draft.profiles.filter((_, j) => j !== i) })}
            onMakeDevice={() => void makeDevice(p)}
            saved={!dirty}
          />
        ))}
      </div>
      <div className="admin-card-row">
        <BigButton tone="secondary" onClick={() => edit({ ...draft, profiles: [...draft.profiles, newProfile(draft.profiles.length + 1)] })}>
          + Thêm cấu hình màn hình
        </BigButton>
        <BigButton disabled={busy || !dirty} onClick={() => void save()} data-testid="display-save">
          Lưu thay đổi
        </BigButton>
        {dirty ? <span className="admin-muted">Có thay đổi chưa lưu.</span> : null}
      </div>
    </section>
  );
}

function Checks<T extends { id: string }>({
  label,
  all,
  items,
  selected,
  text,
  onChange,
}: {
  label: string;
  all: string;
  items: T[];
  selected: string[] | null;
  text: (x: T) => string;
  onChange: (ids: string[] | null) => void;
}) {
  return (
    <fieldset className="admin-fieldset">
      <legend>{label}</legend>
      <label className="admin-inline">
        <input type="checkbox" className="admin-check" checked={selected === null} onChange={(e) => onChange(e.target.checked ? null : items.map((x) => x.id))} />
        {all}
      </label>
      {selected !== null
        ? items.map((x) => (
            <label key={x.id} className="admin-inline">
              <input
                type="checkbox"
                className="admin-check"
                checked={selected.includes(x.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, x.id] : selected.filter((s) => s !== x.id))}
              />
              {text(x)}
            </label>
          ))
        : null}
    </fieldset>
  );
}

function ProfileCard({
  p,
  snapshot,
  link,
  saved,
  onChange,
  onRemove,
  onMakeDevice,
}: {
  p: DisplayProfile;
  snapshot: Snapshot;
  link: string | null;
  saved: boolean;
  onChange: (p: DisplayProfile) => void;
  onRemove: () => void;
  onMakeDevice: () => void;
}) {
  const services = [...snapshot.services].sort((a, b) => a.sortOrder - b.sortOrder);
  const counters = [...snapshot.counters].sort((a, b) => a.number - b.number);
  const v = p.voice;
  return (
    <div className="admin-card" data-profile={p.id}>
      <div className="admin-card-row">
        <label className="mc-field">
          Mã
          <input className="mc-input admin-w-id" value={p.id} maxLength={64} onChange={(e) => onChange({ ...p, id: e.target.value })} />
        </label>
        <label className="mc-field admin-grow">
          Tên
          <input className="mc-input" value={p.name} maxLength={80} onChange={(e) => onChange({ ...p, name: e.target.value })} />
        </label>
      </div>
      <div className="admin-profile-grid">
        <div>
          <div className="admin-card-row">
            <label className="mc-field">
              Bố cục
              <select className="mc-input" value={p.layout} onChange={(e) => onChange({ ...p, layout: e.target.value as DisplayProfile['layout'] })}>
                {(Object.keys(LAYOUT_LABEL) as DisplayProfile['layout'][]).map((l) => (
                  <option key={l} value={l}>
                    {LAYOUT_LABEL[l]}
                  </option>
                ))}
              </select>
            </label>
            <label className="mc-field">
              Số lượt gọi trước
              <select className="mc-input" value={p.recentCount} onChange={(e) => onChange({ ...p, recentCount: Number(e.target.value) })}>
                {Array.from({ length: 13 }, (_, i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <fieldset className="admin-fieldset">
            <legend>Giọng đọc</legend>
            <label className="admin-inline">
              <input type="checkbox" className="admin-check" checked={v.enabled} onChange={(e) => onChange({ ...p, voice: { ...v, enabled: e.target.checked } })} />
              Đọc số bằng giọng nói
            </label>
            <div className="admin-card-row">
              <label className="mc-field">
                Đọc mỗi lượt
                <select className="mc-input" value={v.repeat} disabled={!v.enabled} onChange={(e) => onChange({ ...p, voice: { ...v, repeat: Number(e.target.value) } })}>
                  {[1, 2, 3].map((n) => (
                    <option key={n} value={n}>
                      {n} lần
                    </option>
                  ))}
                </select>
              </label>
              <label className="mc-field admin-grow">
                Âm lượng: {Math.round(v.volume * 100)}%
                <input
                  type="range"
                  min={0}
                  max={100}
                  step={5}
                  disabled={!v.enabled}
                  value={Math.round(v.volume * 100)}
                  onChange={(e) => onChange({ ...p, voice: { ...v, volume: Number(e.target.value) / 100 } })}
                />
              </label>
              <label className="mc-field">
                Bộ giọng
                <input
                  className="mc-input admin-w-id"
                  value={v.clipSet}
                  maxLength={40}
                  disabled={!v.enabled}
                  onChange={(e) => onChange({ ...p, voice: { ...v, clipSet: e.target.value.toLowerCase().replace(/[^a-z0-9-]/g, '') } })}
                />
              </label>
            </div>
          </fieldset>
        </div>
        <div>
          <Checks
            label="Dịch vụ hiển thị"
            all="Tất cả dịch vụ"
            items={services}
            selected={p.serviceIds}
            text={(s) => `${s.prefix} — ${s.name}`}
            onChange={(serviceIds) => onChange({ ...p, serviceIds })}
          />
        </div>
        <div>
          <Checks
            label="Quầy hiển thị"
            all="Tất cả quầy"
            items={counters}
            selected={p.counterIds}
            text={(c) => `Quầy ${c.number} — ${c.name}`}
            onChange={(counterIds) => onChange({ ...p, counterIds })}
          />
        </div>
      </div>
      <div className="admin-sub">Địa chỉ trang TV</div>
      <a className="admin-url" href={tvUrl(p.id)} data-testid="tv-url">
        {tvUrl(p.id)}
      </a>
      {link ? (
        <div className="mc-notice mc-notice-ok">
          <div>
            <div>Mở địa chỉ này trên TV mới (chỉ hiện một lần, có mã thiết bị):</div>
            <a className="admin-url" href={link} data-testid="tv-device-url">
              {link}
            </a>
          </div>
        </div>
      ) : null}
      <div className="admin-card-row">
        <BigButton tone="secondary" disabled={!saved} onClick={onMakeDevice} title={saved ? undefined : 'Lưu thay đổi trước'}>
          Tạo thiết bị TV cho cấu hình này
        </BigButton>
        <BigButton tone="danger" onClick={onRemove}>
          Xóa cấu hình
        </BigButton>
      </div>
    </div>
  );
}
