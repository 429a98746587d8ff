import { useLayoutEffect, useRef } from 'react';
import type { ShownPicture } from './use-map-picture';

/**
 * A picture of the map as an image: an `<img>` for SVG, a canvas showing the bitmap otherwise
 * (announced as an image with the same text). Both scale to the width they are given.
 */
export function PictureOfMap({ picture, alt }: { picture: ShownPicture; alt: string }) {
  if (picture.kind === 'svg') return <img src={picture.url} alt={alt} />;
  return <BitmapImage bitmap={picture.bitmap} alt={alt} />;
}

function BitmapImage({ bitmap, alt }: { bitmap: ImageBitmap; alt: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // Before the page is drawn: a new size empties the canvas, which must not show empty meanwhile.
  useLayoutEffect(() => {
    canvas.current?.getContext('2d')?.drawImage(bitmap, 0, 0);
  }, [bitmap]);
  return (
    <canvas ref={canvas} width={bitmap.width} height={bitmap.height} role="img" aria-label={alt} />
  );
}
