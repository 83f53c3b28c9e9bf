/** A TV page for a display profile; with a device token for a new TV (shown once). */
export const tvUrl = (profileId: string, token?: string) =>
  `${window.location.origin}/tv/?profile=${encodeURIComponent(profileId)}${token ? `&token=${encodeURIComponent(token)}` : ''}`;
