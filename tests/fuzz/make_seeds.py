#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the project's own generators and Debian's sample
data (nothing downloaded): DICOM files from make_hostile.py and pydicom's test files, ISO 2022
values from pydicom's character-set files, JPEGs from ImageMagick, API requests and settings
written here. Usage: make_seeds.py OUT_DIR (one folder per target inside)."""
import base64
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(HERE, '..', 'scripts')
PYDICOM = '/usr/lib/python3/dist-packages/pydicom/data'
MAX_SEED = 64 * 1024


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data)


def dicom_seeds(out):
    hostile = os.path.join(out, 'hostile')
    subprocess.run([sys.executable, os.path.join(SCRIPTS, 'make_hostile.py'), hostile], check=True)
    for path in sorted(glob.glob(os.path.join(hostile, '*.dcm'))):
        if os.path.getsize(path) <= MAX_SEED:
            os.replace(path, os.path.join(out, os.path.basename(path)))
    subprocess.run(['rm', '-rf', hostile], check=True)
    for path in sorted(glob.glob(PYDICOM + '/test_files/*.dcm') + glob.glob(PYDICOM + '/charset_files/*.dcm')):
        if os.path.getsize(path) <= MAX_SEED:
            with open(path, 'rb') as f:
                write(out, 'pydicom-' + os.path.basename(path), f.read())


def iso2022_seeds(out):
    """Raw Patient's Name bytes of the Japanese, Korean and Chinese samples; the first byte picks
    the character-set values in fuzz_iso2022.cpp (0: JIS, 1: IR 13 + JIS, 3: Korean, 4: Chinese)."""
    sys.path.insert(0, '/usr/lib/python3/dist-packages')
    import pydicom
    picks = {'chrH31.dcm': 0, 'chrH32.dcm': 1, 'chrI2.dcm': 3, 'chrKoreanMulti.dcm': 3, 'chrX1.dcm': 4, 'chrX2.dcm': 4,
             'chrJapMulti.dcm': 0, 'chrJapMultiExplicitIR6.dcm': 0}
    for name, selector in sorted(picks.items()):
        path = os.path.join(PYDICOM, 'charset_files', name)
        if not os.path.exists(path):
            continue
        ds = pydicom.dcmread(path)
        raw = ds.get_item((0x0010, 0x0010))
        if raw is None:
            continue
        value = raw.value if isinstance(raw.value, bytes) else bytes(raw.value)
        write(out, name + '.name', bytes([selector + 7]) + value)  # +7: the person-name variant
        write(out, name + '.text', bytes([selector]) + value)


def jpeg_seeds(out):
    made = [
        ('baseline.jpg', ['-size', '16x12', 'gradient:red-blue']),
        ('gray.jpg', ['-size', '16x12', 'gradient:white-black', '-colorspace', 'Gray']),
        ('progressive.jpg', ['-size', '16x12', 'gradient:green-yellow', '-interlace', 'JPEG']),
        ('cmyk.jpg', ['-size', '16x12', 'xc:yellow', '-colorspace', 'CMYK']),
        ('subsampled420.jpg', ['-size', '16x16', 'plasma:', '-sampling-factor', '2x2']),
    ]
    for name, args in made:
        subprocess.run(['convert'] + args + [os.path.join(out, name)], check=True)
    subprocess.run([sys.executable, os.path.join(SCRIPTS, 'set_exif_orientation.py'), os.path.join(out, 'baseline.jpg'),
                    os.path.join(out, 'exif6.jpg'), '6'], check=True)


def api_seeds(out):
    """First line: the Content-Type of a form; the whole input is also judged as a request header."""
    boundary = b'XyZ123'
    form = (b'multipart/form-data; boundary=' + boundary + b'\n'
            + b'--' + boundary + b'\r\nContent-Disposition: form-data; name="request"\r\nContent-Type: application/json\r\n\r\n'
            + b'{"device":"Archive"}\r\n--' + boundary
            + b'\r\nContent-Disposition: form-data; name="file"; filename="../photo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
            + b'\xff\xd8\xff\xd9\r\n--' + boundary + b'--\r\n')
    write(out, 'form', form)
    write(out, 'form-quoted', b'multipart/form-data; boundary="a b\\"c"\n--a b"c\r\nContent-Disposition: form-data; '
                              b'name="file"; filename="x\\"y.dcm"\r\n\r\nDICM\r\n--a b"c--\r\n')
    write(out, 'header', b'POST /api/v1/send HTTP/1.1\r\nHost: localhost\r\nContent-Length: 42\r\n'
                         b'Authorization: Basic ' + base64.b64encode(b'pacsdrop:x') + b'\r\n\r\n{}')
    write(out, 'chunked', b'POST /api/v1/send HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n')


def settings_seeds(out):
    device = {'name': 'Archive', 'aeTitle': 'ORTHANC', 'host': '127.0.0.1', 'port': 4242, 'default': True, 'maxAttempts': 3, 'tls': {'enabled': False}}
    full = {
        'schemaVersion': 1, 'localAeTitle': 'PACSDROP', 'devices': [device],
        'worklistDevices': [{'name': 'RIS', 'aeTitle': 'WLM', 'host': '127.0.0.1', 'port': 104}],
        'hotFolders': [{'path': '/tmp/in', 'destination': 'Archive'}],
        'api': {'enabled': True, 'port': 8770, 'allow': ['127.0.0.1', '10.0.0.0/8'], 'roots': ['/tmp']},
        'conversion': {'sopClassByExtension': {'jpg': 'VLPhotographic'}, 'jpegQualityForLosslessInputs': 0},
    }
    write(out, 'full.json', json.dumps(full, indent=1).encode())
    write(out, 'empty.json', b'{}')
    write(out, 'wrong-types.json', json.dumps({'devices': 'x', 'api': [], 'schemaVersion': 'one'}).encode())
    write(out, 'not-json', b'\xef\xbb\xbf{"devices": [')


def main():
    out = sys.argv[1]
    for target, make in [('fuzz_dicom_intake', dicom_seeds), ('fuzz_iso2022', iso2022_seeds), ('fuzz_jpeg_stream', jpeg_seeds),
                         ('fuzz_api_request', api_seeds), ('fuzz_settings', settings_seeds)]:
        folder = os.path.join(out, target)
        os.makedirs(folder, exist_ok=True)
        make(folder)
        print(target, len(os.listdir(folder)), 'seeds')


if __name__ == '__main__':
    main()
