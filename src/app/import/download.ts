/** Offers bytes or text as a file download through a short-lived Blob URL; nothing leaves the machine. */
export function downloadFile(name: string, content: string | Uint8Array, type: string): void {
  // A copy of the bytes has its own plain ArrayBuffer, which is what Blob accepts.
  const part = typeof content === 'string' ? content : content.slice();
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the browser has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
