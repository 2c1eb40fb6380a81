# A small table of records kept as dicts, grouped and summarised.
rows = [("ann", "math", 90), ("bob", "math", 72), ("ann", "art", 85),
        ("cid", "math", 64), ("bob", "art", 91), ("cid", "art", 77)]
by_student = dict()
for name, subject, mark in rows:
    by_student.setdefault(name, dict())[subject] = mark
print(by_student)
for name in by_student:
    marks = by_student[name]
    total = sum(marks.values())
    print(name, total, round(total / len(marks), 1))
by_subject = dict()
for name, subject, mark in rows:
    by_subject.setdefault(subject, []).append(mark)
print(by_subject)
print(dict(zip(by_subject, map(max, by_subject.values()))))
