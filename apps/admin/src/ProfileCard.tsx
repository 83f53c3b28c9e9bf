import type { DisplayProfile, Snapshot } from '@motcua/protocol';
import { BigButton } from '@motcua/ui';
import { tvUrl } from './tvUrl.js';

const LAYOUT_LABEL: Record<DisplayProfile['layout'], string> = {
  auto: 'Tự động theo màn hình',
  landscape: 'Màn hình ngang',
  portrait: 'Màn hình dọc',
};

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

export function ProfileCard({
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
