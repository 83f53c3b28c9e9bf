import { useCallback, useState } from 'react';
import type { NoticeMessage } from '@motcua/ui';

export function useNotice() {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const show = useCallback((kind: NoticeMessage['kind'], text: string) => setNotice({ id: Date.now(), kind, text }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, show, dismiss };
}
