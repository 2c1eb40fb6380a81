# A Stack built by subclassing list
class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self

s = Stack()
for x in [1, 2, 3]:
    s.push(x)
print(s, len(s), s.peek(), s.is_empty())
print(s.pop(), s)
print(isinstance(s, list), type(s).__name__, s == [1, 2])
print(s + [9], type(s + [9]).__name__)
print(s[0], s[-1], s[:1], list(reversed(s)))
s.extend([5, 4])
s.sort()
print(s, sum(s), 4 in s, s.index(4))
s.label = "numbers"
print(s.label)
t = Stack([7, 8])
print(t, Stack("ab"))
while not t.is_empty():
    print("popped", t.pop())
