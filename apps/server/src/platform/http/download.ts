/**
 * Content-Disposition for a download with a Chinese file name: an ASCII fallback for old clients
 * and the real name in RFC 5987 form.
 */
export function attachment(filename: string, asciiFallback: string, inline = false): string {
  return `${inline ? 'inline' : 'attachment'}; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
