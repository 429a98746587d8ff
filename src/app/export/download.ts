/** Saves data as a file through the browser's download, without any request leaving the page. */
export function downloadFile(fileName: string, content: string | Uint8Array, type: string): void {
  // Copy bytes into a plain ArrayBuffer-backed array: Blob does not take shared buffers.
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
