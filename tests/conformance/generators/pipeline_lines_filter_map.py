# read lines -> filter -> map, each stage a generator pulling from the previous.
TEXT = """alpha 1
# comment
beta 2

gamma 3"""

def read_lines(text):
    for line in text.split("\n"):
        print("read:", repr(line))
        yield line

def non_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        name, value = line.split()
        yield name, int(value)

for name, value in parse(non_comments(read_lines(TEXT))):
    print("record", name, value)
