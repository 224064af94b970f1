#!/usr/bin/env python3
"""Writes a rotation into an MP4's video track header (tkhd matrix), as phones do when held
upright: set_mp4_rotation.py FILE DEGREES (90, 180 or 270, clockwise). FFmpeg 5.1's command line
cannot set it, so the test data is patched here (ISO/IEC 14496-12 8.3.2)."""
import struct
import sys

ONE = 0x10000          # 16.16 fixed point
W = 0x40000000         # 2.30 fixed point

MATRICES = {           # a, b, u, c, d, v, x, y, w (the display matrix, row by row)
    90: (0, ONE, 0, -ONE, 0, 0, 0, 0, W),
    180: (-ONE, 0, 0, 0, -ONE, 0, 0, 0, W),
    270: (0, -ONE, 0, ONE, 0, 0, 0, 0, W),
}


def main():
    path, degrees = sys.argv[1], int(sys.argv[2])
    data = bytearray(open(path, 'rb').read())
    at = data.find(b'tkhd')
    if at < 0:
        sys.exit('no tkhd box')
    version = data[at + 4]
    # after type: version/flags 4, times and ids (v0: 20, v1: 32), reserved 8, layer..volume 8
    matrix = at + 4 + 4 + (20 if version == 0 else 32) + 8 + 8
    struct.pack_into('>9i', data, matrix, *MATRICES[degrees])
    open(path, 'wb').write(data)


if __name__ == '__main__':
    main()
