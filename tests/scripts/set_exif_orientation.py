#!/usr/bin/python3
"""Copies a JPEG, inserting an EXIF APP1 with an Orientation tag (and a GPS IFD pointer, so tests
can check GPS data is not carried over): set_exif_orientation.py IN OUT ORIENTATION."""
import struct
import sys

src, dst, orientation = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(src, "rb").read()
assert data[:2] == b"\xff\xd8"
# TIFF little endian: IFD0 with Orientation (0x0112) and GPSInfo pointer (0x8825) to a GPS IFD
# holding GPSLatitudeRef 'N'.
ifd0_offset = 8
entries = [(0x0112, 3, 1, orientation), (0x8825, 4, 1, 8 + 2 + 2 * 12 + 4)]
ifd0 = struct.pack("<H", len(entries))
for tag, typ, count, value in entries:
    ifd0 += struct.pack("<HHI", tag, typ, count) + (struct.pack("<HH", value, 0) if typ == 3 else struct.pack("<I", value))
ifd0 += struct.pack("<I", 0)
gps = struct.pack("<H", 1) + struct.pack("<HHI", 0x0001, 2, 2) + b"N\x00\x00\x00" + struct.pack("<I", 0)
tiff = b"II*\x00" + struct.pack("<I", ifd0_offset) + ifd0 + gps
app1 = b"Exif\x00\x00" + tiff
segment = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
open(dst, "wb").write(data[:2] + segment + data[2:])
