/**
 * An SVG string as a data URI for an `<img>`: an image cannot run scripts or add markup to the
 * page, so even a map with hostile names stays inert. Base64 of the UTF-8 bytes works the same in
 * a browser and in Node.
 */
export function svgDataUri(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
