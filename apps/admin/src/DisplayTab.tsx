import { useCallback, useEffect, useState } from 'react';
import type { DisplayProfile, DisplaySettings } from '@motcua/protocol';
import { BigButton, createDevice, Notice, useHub, useHubEvents } from '@motcua/ui';
import { getDisplay, saveDisplay } from './api.js';
import { ProfileCard } from './ProfileCard.js';
import { tvUrl } from './tvUrl.js';
import { useNotice } from './useNotice.js';

const newProfile = (n: number): DisplayProfile => ({
  id: `man-hinh-${n}`,
  name: `Màn hình ${n}`,
  serviceIds: null,
  counterIds: null,
  layout: 'auto',
  recentCount: 6,
  voice: { enabled: true, repeat: 2, volume: 1, clipSet: 'default' },
});

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
    if (e.name === 'display:changed' && !dirty) setDraft(e.change.display);
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
