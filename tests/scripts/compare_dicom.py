#!/usr/bin/python3
"""Compares two DICOM files element by element (file meta excluded), pixel data included.

Exit 0 when every data element of the original is present in the received file with the same
value (pixel data compared as bytes when both use the same byte order, as decoded values when
only the byte order differs). Prints the differences otherwise. Used by PacsDrop's tests to
show that what a PACS stored is what was sent.
"""
import sys

import pydicom


def values_equal(a, b):
    if a.VR == "SQ":
        if len(a.value) != len(b.value):
            return False
        return all(items_equal(x, y) == [] for x, y in zip(a.value, b.value))
    return a.value == b.value


def items_equal(original, received, prefix=""):
    problems = []
    for element in original:
        if element.tag.group == 0x0002:
            continue
        if element.tag == 0x7FE00010:
            continue  # pixel data: compared separately
        if element.tag.element == 0x0000:
            continue  # group length: retired, recomputed by every writer
        if element.tag == 0xFFFCFFFC:
            continue  # Data Set Trailing Padding: no content, may be dropped (PS3.10 7.2)
        if element.tag not in received:
            problems.append(f"{prefix}{element.tag} {element.keyword or ''}: missing")
            continue
        other = received[element.tag]
        if element.VR == "SQ" and other.VR == "SQ":
            if len(element.value) != len(other.value):
                problems.append(f"{prefix}{element.tag} {element.keyword}: {len(element.value)} items, received {len(other.value)}")
                continue
            for i, (x, y) in enumerate(zip(element.value, other.value)):
                problems += items_equal(x, y, f"{prefix}{element.tag}[{i}].")
        elif not values_equal(element, other):
            problems.append(f"{prefix}{element.tag} {element.keyword}: {element.value!r:.80} != {other.value!r:.80}")
    return problems


def main():
    original = pydicom.dcmread(sys.argv[1], force=True)
    received = pydicom.dcmread(sys.argv[2], force=True)
    problems = items_equal(original, received)
    if "PixelData" in original:
        if "PixelData" not in received:
            problems.append("PixelData missing")
        else:
            same_order = original.is_little_endian == received.is_little_endian
            if same_order or original.BitsAllocated == 8:
                if original.PixelData != received.PixelData:
                    problems.append("PixelData bytes differ")
            else:
                import numpy
                a = numpy.frombuffer(original.PixelData, dtype=">u2" if not original.is_little_endian else "<u2")
                b = numpy.frombuffer(received.PixelData, dtype=">u2" if not received.is_little_endian else "<u2")
                if not numpy.array_equal(a, b):
                    problems.append("PixelData values differ")
    if problems:
        print("\n".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
