# A log-processing pipeline that sums a column lazily.
LOG = ["GET /a 200 512", "GET /b 404 0", "POST /c 200 1024", "GET /d 500 -"]

def fields(lines):
    for line in lines:
        yield line.split()

def sizes(rows):
    for row in rows:
        size = row[3]
        yield 0 if size == "-" else int(size)

print(sum(sizes(fields(LOG))))
ok = (r for r in fields(LOG) if r[2] == "200")
print([r[1] for r in ok])
