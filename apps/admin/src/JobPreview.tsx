import { useEffect, useState } from 'react';
import { fetchBlob, previewPath } from './api.js';

/** A print job rendered as the printer prints it (PNG behind the Bearer token → blob URL). */
export function JobPreview({ jobId, token }: { jobId: string; token: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    let made: string | null = null;
    setUrl(null);
    setError(null);
    void fetchBlob(previewPath(jobId), token).then((r) => {
      if (!alive) return;
      if (!r.ok) return setError(r.error.message);
      made = URL.createObjectURL(r.data);
      setUrl(made);
    });
    return () => {
      alive = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [jobId, token]);
  if (error) return <div className="mc-notice mc-notice-error">Không xem trước được: {error}</div>;
  if (!url) return <div className="admin-muted">Đang tải bản xem trước…</div>;
  return (
    <div className="admin-preview">
      <img src={url} alt="Bản xem trước lệnh in" data-testid="job-preview" />
    </div>
  );
}
