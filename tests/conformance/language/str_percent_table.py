# a report printed with % formatting, the way teaching scripts print tables
students = [("张三", 92.5, 1), ("李四", 78.25, 2), ("王五", 85.0, 3), ("Alice", 100.0, 4)]
print("%-4s %-8s %8s" % ("No", "Name", "Score"))
print("-" * 22)
total = 0.0
for name, score, no in students:
    print("%-4d %-8s %8.2f" % (no, name, score))
    total += score
print("-" * 22)
print("%-13s %8.2f" % ("Average", total / len(students)))
print("%-13s %7.1f%%" % ("Pass rate", 75.0))
for i in range(1, 4):
    line = ""
    for j in range(1, i + 1):
        line += "%d*%d=%-3d" % (j, i, i * j)
    print(line)
