#!/usr/bin/env python3
"""Writes the Shapefile and DBF seeds: two small polygon shapefiles (a square beside a square
with a hole, and a PolygonZ triangle after a Null record) as the Shapefile target reads them
(u32 little-endian .shx length, .shx, .shp), and their .dbf tables.
Usage: scripts/fuzz-shapefile-seeds.py   (from anywhere)"""
import os
import struct

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

def shapefile(shape_type, records):
    """records: each None (a Null shape) or a list of rings of (x, y), closing point repeated."""
    contents = []
    for rings in records:
        if rings is None:
            contents.append(struct.pack("<i", 0))
            continue
        points = [p for ring in rings for p in ring]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        body = struct.pack("<i4d2i", shape_type, min(xs), min(ys), max(xs), max(ys), len(rings), len(points))
        start = 0
        for ring in rings:
            body += struct.pack("<i", start)
            start += len(ring)
        body += b"".join(struct.pack("<2d", x, y) for x, y in points)
        if shape_type == 15:
            body += struct.pack("<2d", 0, 10) + b"".join(struct.pack("<d", i) for i in range(len(points)))
        contents.append(body)
    def header(length_bytes):
        return (struct.pack(">7i", 9994, 0, 0, 0, 0, 0, length_bytes // 2) + struct.pack("<2i", 1000, shape_type)
                + struct.pack("<8d", -180, -90, 180, 90, 0, 0, 0, 0))
    shp = header(100 + sum(8 + len(c) for c in contents))
    shx = header(100 + 8 * len(contents))
    offset = 100
    for number, content in enumerate(contents, 1):
        shp += struct.pack(">2i", number, len(content) // 2) + content
        shx += struct.pack(">2i", offset // 2, len(content) // 2)
        offset += 8 + len(content)
    return shp, shx

def dbf(fields, rows):
    """fields: (name, type, width, decimals); rows: (deleted, values)."""
    out = struct.pack("<4BIHH20x", 3, 125, 12, 1, len(rows), 32 + 32 * len(fields) + 1, 1 + sum(f[2] for f in fields))
    for name, kind, width, decimals in fields:
        out += name.encode().ljust(11, b"\0") + kind.encode() + b"\0" * 4 + bytes([width, decimals]) + b"\0" * 14
    out += b"\r"
    for deleted, values in rows:
        out += b"*" if deleted else b" "
        for (name, kind, width, _), value in zip(fields, values):
            out += value.ljust(width, b" ")[:width] if kind == "C" else value.rjust(width, b" ")[:width]
    return out + b"\x1a"

def write(name, data):
    with open(name, "wb") as out:
        out.write(data)

square = [(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)]
holed = [[(1, 0), (1, 1), (3, 1), (3, 0), (1, 0)], [(1.5, 0.25), (2.5, 0.25), (2.5, 0.75), (1.5, 0.75), (1.5, 0.25)]]
shp, shx = shapefile(5, [[square], holed])
write("Fuzz/Corpus/Shapefile/two-polygons.bin", struct.pack("<I", len(shx)) + shx + shp)
shp, shx = shapefile(15, [None, [[(10, 10), (10, 12), (12, 10), (10, 10)]]])
write("Fuzz/Corpus/Shapefile/null-and-polygonz.bin", struct.pack("<I", len(shx)) + shx + shp)

write("Fuzz/Corpus/DBF/names.dbf", dbf([("ISO_A2", "C", 2, 0), ("NAME", "C", 12, 0)],
                                       [(False, [b"AA", "Åland".encode()]), (False, [b"BB", b"Bo\xe9"])]))
write("Fuzz/Corpus/DBF/numbers.dbf", dbf([("POP", "N", 8, 2), ("EU", "L", 1, 0), ("DAY", "D", 8, 0)],
                                         [(False, [b"12.50", b"T", b"19870101"]), (True, [b"-3", b"?", b""])]))
