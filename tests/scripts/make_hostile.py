#!/usr/bin/env python3
"""Writes hostile and broken DICOM files byte by byte (no DICOM library, so nothing "fixes" them):
what an attacker or a careless tool hands PacsDrop. Used by the robustness tests and as seeds for
the fuzzers. Usage: make_hostile.py OUT_DIR [NAME...] (no names: all of them)."""
import os
import struct
import zlib
import sys

EXPLICIT_LE = '1.2.840.10008.1.2.1'
SC = '1.2.840.10008.5.1.4.1.1.7'


def element(group, elem, vr, value, explicit=True):
    if not explicit:
        return struct.pack('<HHI', group, elem, len(value)) + value
    if vr in (b'OB', b'OW', b'SQ', b'UN', b'UT', b'OF', b'UC', b'UR'):
        return struct.pack('<HH', group, elem) + vr + b'\0\0' + struct.pack('<I', len(value)) + value
    return struct.pack('<HH', group, elem) + vr + struct.pack('<H', len(value)) + value


def text(value, pad=b'\0'):
    b = value.encode('latin-1')
    return b + (pad if len(b) % 2 else b'')


def part10(dataset, sop_instance='1.2.826.0.1.3680043.9.7133.1.1', transfer_syntax=EXPLICIT_LE, sop_class=SC, group_length=True):
    body = (element(2, 1, b'OB', b'\0\1') + element(2, 2, b'UI', text(sop_class)) + element(2, 3, b'UI', text(sop_instance))
            + element(2, 0x10, b'UI', text(transfer_syntax)) + element(2, 0x12, b'UI', text('1.2.3.4')))
    meta = (element(2, 0, b'UL', struct.pack('<I', len(body))) if group_length else b'') + body
    return b'\0' * 128 + b'DICM' + meta + dataset


def identity(sop_instance='1.2.826.0.1.3680043.9.7133.1.1', study='1.2.826.0.1.3680043.9.7133.2', series='1.2.826.0.1.3680043.9.7133.3'):
    return (element(8, 0x16, b'UI', text(SC)) + element(8, 0x18, b'UI', text(sop_instance))
            + element(0x10, 0x10, b'PN', text('Hostile^Test', b' ')) + element(0x10, 0x20, b'LO', text('HOSTILE', b' '))
            + element(0x20, 0xD, b'UI', text(study)) + element(0x20, 0xE, b'UI', text(series)))


def pixels(rows=2, columns=2, bits=8, frames=None, data=None):
    out = element(0x28, 2, b'US', struct.pack('<H', 1)) + element(0x28, 4, b'CS', text('MONOCHROME2', b' '))
    if frames is not None:
        out += element(0x28, 8, b'IS', text(str(frames), b' '))
    out += (element(0x28, 0x10, b'US', struct.pack('<H', rows)) + element(0x28, 0x11, b'US', struct.pack('<H', columns))
            + element(0x28, 0x100, b'US', struct.pack('<H', bits)) + element(0x28, 0x101, b'US', struct.pack('<H', bits))
            + element(0x28, 0x102, b'US', struct.pack('<H', max(bits - 1, 0))) + element(0x28, 0x103, b'US', struct.pack('<H', 0)))
    if data is None:
        data = b'\x80' * (rows * columns * max(bits, 8) // 8)
    return out + element(0x7FE0, 0x10, b'OB', data + (b'\0' if len(data) % 2 else b''))


def nested(depth):
    opening = struct.pack('<HH', 0x40, 0xA730) + b'SQ\0\0' + b'\xff\xff\xff\xff' + struct.pack('<HHI', 0xFFFE, 0xE000, 0xFFFFFFFF)
    closing = struct.pack('<HHI', 0xFFFE, 0xE00D, 0) + struct.pack('<HHI', 0xFFFE, 0xE0DD, 0)
    return opening * depth + closing * depth


DEFLATED = '1.2.840.10008.1.2.1.99'


def deflated(dataset_parts):
    """Raw deflate of the dataset, fed in parts (bytes, or a (byte, count) run made a chunk at a time)."""
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = b''
    for part in dataset_parts:
        if isinstance(part, tuple):
            byte, count = part
            chunk = byte * (1 << 20)
            while count > 0:
                out += z.compress(chunk[:min(count, len(chunk))])
                count -= len(chunk)
        else:
            out += z.compress(part)
    return out + z.flush()


def long_header(group, elem, vr, length):
    return struct.pack('<HH', group, elem) + vr + b'\0\0' + struct.pack('<I', length)


def pdf(objects, xref_offsets=None):
    """A PDF from object bodies; xref_offsets replaces the true offsets (a broken table)."""
    out = b'%PDF-1.4\n'
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(out)
    offsets = xref_offsets or offsets
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return out


FILES = {
    'nest_256.dcm': lambda: part10(identity() + nested(256)),
    'nest_6000.dcm': lambda: part10(identity() + nested(6000)),
    # No Part 10 header, implicit VR: the parser has to guess the encoding, and nests all the same.
    'nest_6000_implicit_bare.dcm': lambda: (element(8, 0x16, None, text(SC), explicit=False) + element(8, 0x18, None, b'1.2.3\0', explicit=False)
                                            + (struct.pack('<HHI', 0x40, 0xA730, 0xFFFFFFFF) + struct.pack('<HHI', 0xFFFE, 0xE000, 0xFFFFFFFF)) * 6000),
    'uid_path_traversal.dcm': lambda: part10(identity(sop_instance='../../../../tmp/pwned') + pixels(), sop_instance='../../../../tmp/pwned'),
    'uid_too_long.dcm': lambda: part10(identity(sop_instance='1.' + '2' * 70) + pixels(), sop_instance='1.' + '2' * 70),
    'uid_study_letters.dcm': lambda: part10(identity(study='1.2.3.abc') + pixels()),
    'bits_allocated_0.dcm': lambda: part10(identity() + pixels(bits=0, data=b'\0\0\0\0')),
    'frames_2g.dcm': lambda: part10(identity() + pixels(frames=2 ** 31)),
    'geometry_65535.dcm': lambda: part10(identity() + pixels(rows=65535, columns=65535, data=b'\x01\x02\x03\x04')),
    'unknown_transfer_syntax.dcm': lambda: part10(identity() + pixels(), transfer_syntax='1.2.3.4.5.6.7.8.99'),
    'no_meta_group_length.dcm': lambda: part10(identity() + pixels(), group_length=False),
    # 600 MiB of zeros in a private OB value, deflated to well under a megabyte.
    'deflate_bomb.dcm': lambda: part10(deflated([identity(), long_header(0x7FE1, 0x1010, b'OB', 600 << 20), (b'\0', 600 << 20)]),
                                       transfer_syntax=DEFLATED),
    # A value that declares 3 GB in a deflated dataset that ends ten bytes later.
    'deflated_value_past_end.dcm': lambda: part10(deflated([identity(), long_header(0x7FE1, 0x1010, b'OB', 3 << 30), b'0123456789']),
                                                  transfer_syntax=DEFLATED),
    # A page tree whose Pages node lists itself as its kid: no page can ever be reached.
    'pages_loop.pdf': lambda: pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [2 0 R] /Count 1 >>']),
    # Every cross-reference offset points into nothing, and the objects are not where a repair looks.
    'broken_xref.pdf': lambda: pdf([b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
                                    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
                                    b'<< /Length 9999999 >>\nstream\nBT ET'], xref_offsets=[999999, 888888, 777777, 666666]),
}


def main():
    out = sys.argv[1]
    names = sys.argv[2:] or sorted(FILES)
    os.makedirs(out, exist_ok=True)
    for name in names:
        with open(os.path.join(out, name), 'wb') as f:
            f.write(FILES[name]())


if __name__ == '__main__':
    main()
