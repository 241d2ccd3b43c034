import QRCode from 'qrcode';

/**
 * The page's canonical address as a QR code, for carrying it to a phone: an SVG made on the server, so the
 * page sends no script for it. Dark on light whatever the reading mode, as scanners expect.
 */
export async function ShareQr({ url, label, caption }: { url: string; label: string; caption: string }) {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return (
    <figure className="release-share flex flex-col items-start gap-2">
      <div
        role="img"
        aria-label={label}
        data-url={url}
        className="share-qr size-32 border border-line"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="text-small text-muted">{caption}</figcaption>
    </figure>
  );
}
