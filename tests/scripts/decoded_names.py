#!/usr/bin/env python3
"""Prints each file's Patient's Name as pydicom decodes it (the reference for PacsDrop's own
decoding), one line per file, UTF-8: decoded_names.py FILE..."""
import sys

import pydicom

for path in sys.argv[1:]:
    ds = pydicom.dcmread(path)
    ds.decode()
    sys.stdout.buffer.write(str(ds.PatientName).encode('utf-8') + b'\n')
