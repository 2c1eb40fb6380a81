# a small report mixing the str methods a teaching script uses
raw = """name, math, 语文
  张三 , 90, 85
李四,  72 ,98
 Wang Wu , 100, 60"""
lines = raw.splitlines()
header = []
for h in lines[0].split(","):
    header.append(h.strip().title())
print(" | ".join(header))
for k in range(1, len(lines)):
    fields = lines[k].split(",")
    name = fields[0].strip()
    scores = []
    for j in range(1, len(fields)):
        scores.append(int(fields[j].strip()))
    avg = sum(scores) / len(scores)
    grade = "A" if avg >= 90 else ("B" if avg >= 80 else "C")
    print("{:<8}|{:>5}|{:>5}| avg {:6.2f} {}".format(name, scores[0], scores[1], avg, grade))
    print(("%s: " % name.upper()).ljust(12, ".") + "*" * (int(avg) // 10))
print("=" * 30)
print("Total students: %d".center(30) % (len(lines) - 1))
