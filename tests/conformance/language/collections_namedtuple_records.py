# namedtuple records: sorting, grouping and formatting a small table
from collections import namedtuple

Student = namedtuple("Student", "name grade score")
students = [
    Student("Ann", 3, 91),
    Student("Bob", 2, 78),
    Student("Cy", 3, 85),
    Student("Di", 2, 99),
]
for s in sorted(students, key=lambda s: s.score, reverse=True):
    print(f"{s.name:<4} grade {s.grade} score {s.score}")
best = max(students, key=lambda s: s.score)
print("best:", best.name, best)
by_grade = {}
for s in students:
    by_grade.setdefault(s.grade, []).append(s.name)
print(by_grade)
print(sorted(students)[0])
average = sum(s.score for s in students) / len(students)
print("average", average)
print([s._asdict()["name"] for s in students])
