#!/usr/bin/python3
"""Writes a small valid PDF for tests: make_pdf.py OUT [PAGES] [TITLE]."""
import sys


def build(pages, title):
    kids = " ".join(f"{3 + 2 * p} 0 R" for p in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()]
    for p in range(pages):
        # A4 with one of the 14 standard fonts, which every PDF reader has.
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * p} 0 R "
                       "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>".encode())
        text = f"BT /F1 48 Tf 72 700 Td (Page {p + 1}) Tj ET".encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    objects.append(b"<< /Title (" + title.encode("latin-1") + b") >>")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(objects), xref)
    return out


if __name__ == "__main__":
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    title = sys.argv[3] if len(sys.argv) > 3 else "Referral letter"
    with open(sys.argv[1], "wb") as f:
        f.write(build(pages, title))
