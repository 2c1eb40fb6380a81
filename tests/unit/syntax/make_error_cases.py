#!/usr/bin/env python3
# Writes the SyntaxError test oracle: each snippet below goes to errors/NNN.py
# and errors.txt gets one line per snippet with what CPython 3.11's parser
# raises for it (ast.parse, so no compiler errors):
#   file <TAB> type <TAB> message <TAB> line <TAB> offset <TAB> end_line <TAB> end_offset
# offset is CPython's 1-based column in code points. Usage: run from anywhere
# with python3 3.11; it rewrites tests/unit/syntax/errors/ and errors.txt.
import ast
import os
import sys

CASES = [
    # generic errors and their positions
    "x = 1 +\n", "x = 1 +", "x y z\n", "a = 1 if\n", "x = $\n", "x = !a\n", "x = 1 2\n",
    "x = f() 2\n", "x = a b\n", "x.y = 1 2\n", "a <> b\n", "1 +* 2\n", "def f(:\n  pass\n",
    "class A pass\n", "for x y in z: pass\n", "import\n", "from x import\n", "from . import (a, b\n",
    "lambda x: = 1\n", "if x:\n    pass\nelse\n", "del\n", "x = [1, 2,, 3]\n", "f(,)\n",
    "await await x\n", "return return\n", "x = yield from\n", "global 1\n", "a.1\n",
    # tokenizer errors
    "(", ")", "(]", "x = (1,\n    2]\n", "[\n1,\n2)\n", "x = 'abc\n", 'x = """abc\n\ndef\n',
    "x = 1\ny = 'a\\\nb\n", "x = €\n", "x = 1€\n", "a\u00a0= 1\n", "x = \x01\n", "x = 1_\n", "x = 1__0\n",
    "x = 0x\n", "x = 0xg\n", "x = 0b12\n", "x = 0o8\n", "x = 0b\n", "x = 09\n", "x = 0_7\n", "x = 1e\n",
    "x = 1e+\n", "x = 1.5j2\n", "x = 1a\n", "x = 1_a\n", "x = 1.2_\n", "x = 0x1for\n",
    "x = 1 \\ 2\n", "a = 1\nx = 1 \\ 2\n", "x = 1 \\", "\\\n", "x = (\\\n1",
    "(" * 201 + ")" * 201 + "\n",
    # unclosed brackets against parser errors
    "foo(1 2\n", "foo(1,\nx y\n", "x = (\n1 2\n", "x = (1,\ny = 2\nz = 3\n", "x = [1, 2\n",
    "a b\nc = (\n", "x = {\n'a': 1,\n",
    # indentation
    " x = 1\n", "x = 1\n  y = 2\n", "if x:\n  a\n    b\n", "if x:\n    a\n  b\n", "def f():\n  x\n y\n",
    "if x:\n  pass\n else:\n  pass\n", "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n",
    "if x:\npass\n", "if x:\n", "if x:", "if x:\n\n\n", "if x:\n  # c\n", "for x in y:\n",
    "while x:\nx\n", "def f():\nreturn\n", "async def f():\nx\n", "class A:\nx\n", "with a:\nx\n",
    "try:\nx\n", "try:\n  x\nexcept:\nx\n", "try:\n  x\nexcept E:\nx\n", "try:\n  x\nexcept* E:\nx\n",
    "try:\n  x\nfinally:\nx\n", "if x:\n  pass\nelif y:\nx\n", "if x:\n  pass\nelse:\nx\n",
    "for x in y:\n  pass\nelse:\nx\n", "match x:\ncase 1: pass\n", "match x:\n case 1:\n x\n",
    "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n",
    "a b\n  c\n", "a b\n   c\n  d\n",
    # expected ':'
    "if x\n  pass\n", "while x\n  pass\n", "for x in y\n  pass\n", "def f() pass\n", "def f()\n",
    "class A\n  pass\n", "class A(B)\n  pass\n", "try\n  pass\n", "try:\n  pass\nfinally\n  pass\n",
    "with a\n  pass\n", "with a as b, c\n  pass\n", "try:\n  x\nexcept E\n  pass\n",
    "try:\n  x\nexcept\n  pass\n", "match x\n  case 1: pass\n", "match x:\n  case 1\n    pass\n",
    "elif x:\n  pass\n", "if x:\n  pass\nelse\n  pass\n", "def f\n", "def f:\n  pass\n",
    # try statement
    "try:\n  pass\nx = 1\n", "try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass\n",
    "try:\n  pass\nexcept* E:\n  pass\nexcept F:\n  pass\n", "try:\n  pass\nexcept E, F:\n  pass\n",
    "try:\n  pass\nexcept*:\n  pass\n",
    # assignment targets
    "f() = 1\n", "x = f() = 1\n", "(a, f()) = 1\n", "[a, 1] = 2\n", "a + 1 = 2\n", "1 = x\n",
    "x = 1 = 2\n", "None = 1\n", "True = 1\n", "(yield) = 1\n", "a = yield = 1\n",
    "lambda: 1 = 1\n", "a if b else c = 1\n", "'s' = 1\n", "f'{x}' = 1\n", "... = 1\n", "{} = 1\n",
    "{a: b} = 1\n", "{a} = 1\n", "(a for a in b) = 1\n", "[a for a in b] = 1\n", "a < b = 1\n",
    "not a = 1\n", "a and b = 1\n", "-a = 1\n", "await x = 1\n", "(a := 1) = 2\n", "x, y + 1 = 2\n",
    "a, b += 1\n", "f() += 1\n", "[a] += 1\n", "a + b += 1\n", "del f()\n", "del a + 1\n",
    "del (a, 1)\n", "del *a\n", "del [a, f()]\n", "del a, b c\n", "for f() in x: pass\n",
    "for 1 in x: pass\n", "for a, b + 1 in x: pass\n", "with a as f(): pass\n",
    "with a as 1, b: pass\n", "[x for f() in y]\n", "(x for 1 in y)\n",
    "(x, y): int\n", "[x]: int\n", "f(): int\n", "x, y: int\n", "a + 1: int = 2\n",
    # named expressions
    "if x = 1: pass\n", "if f() = 1: pass\n", "if x.y = 1: pass\n", "while x = 1: pass\n",
    "[x = 1]\n", "(x = 1)\n", "f(a, b=1 for b in c)\n", "(a.b := 1)\n", "(a[0] := 1)\n",
    "x = (1 if a else 2 := 3)\n", "if x = 1 2: pass\n",
    # missing commas and legacy print
    "foo(1 2)\n", "x = (1 2)\n", "x = [1, 2 3]\n", "f(x = 1 2)\n", "{1 2}\n", "{'a': 1 'b': 2}\n",
    "print 'x'\n", "print x\n", "exec 'x'\n", "print -1\nx y\n",
    "x = [a if b c]\n", "x = a if b\n", "f(a if b)\n",
    # calls
    "f(**a, *b)\n", "f(**a, b)\n", "f(a=1, b)\n", "f(a=1, b, c)\n", "f(x for x in y, 1)\n",
    "f(1, x for x in y)\n", "f(x for x in y if z,)\n", "f(x=1 for x in y)\n", "f(True=1)\n",
    "f(None=1)\n", "f(a+1=2)\n", "f(a.b=1)\n", "f(a, *)\n",
    # parameters
    "def f(a=1, b): pass\n", "def f(*): pass\n", "def f(*, **k): pass\n", "def f(**k, a): pass\n",
    "def f(**k, *a): pass\n", "def f(a, /, b, /): pass\n", "def f(*a, /): pass\n", "def f(/, a): pass\n",
    "def f(a=): pass\n", "def f(*a=1): pass\n", "def f(**a=1): pass\n", "def f((a, b)): pass\n",
    "def f(*a, *b): pass\n", "lambda *: 1\n", "lambda a=1, b: 1\n", "lambda (a, b): 1\n",
    "def f(a, /*): pass\n",
    # displays and comprehensions
    "x = {a: 1, b}\n", "x = {a: *b}\n", "x = {a:}\n", "x = {**a for a in b}\n",
    "x = [*a for a in b]\n", "x = [a, b for a in b]\n", "x = [a, for a in b]\n", "x = {a, b for a in b}\n",
    "x = (*a)\n", "x = (**a)\n", "x = (*a for a in b)\n",
    # imports
    "from x import a,\n", "from x import (a, b,\n", "import a.b as c.d\n", "from x import *, a\n",
    # strings and f-strings
    "x = b'\u00e9'\n", "x = 'a' b'b'\n", "x = b'a' f'b'\n", "x = b'a' 'b'\n", "x = '\\x4'\n",
    "x = '\\xZZ'\n", "x = '\u00e9\\x4'\n", "x = b'\\x4'\n", "x = '\\U00110000'\n", "x = '\\u12'\n",
    "x = f'{a b}'\n", "x = f'{}'\n", "x = f'{ }'\n", "x = f'{a'\n", "x = f'a}'\n", "x = f'{a!x}'\n",
    "x = f'{a!}'\n", "x = f'{a:{b:{c}}}'\n", "x = f'{a#}'\n", "x = f'{)}'\n", "x = f'{(}'\n",
    "x = f'{a = 1}'\n", "x = f'{a!r=}'\n", "x = f'{lambda x: 1}'\n", "x = f'{*a}'\n",
    "x = f'{a $ b}'\n", "x = f'{3!r}' f'{a b}'\n", "x = f'{!r}'\n", "x = f'{=}'\n", "x = f'{:>3}'\n",
    "x = f\"{'a}\"\n", "x = f'{a[}'\n", "x = f'{a[)}'\n", "x = f'{a €}'\n", "x = f'{1_}'\n",
    "y = 1\nx = f'''\n{a b}'''\n", "x = f'{a\\n}'\n", "x = f'{x:{y!z}}'\n", "x = f'{f\"{a b}\"}'\n",
    # match statements
    "match x:\n    case _.x: pass\n", "match x:\n    case {a: 1}: pass\n", "match x:\n    case 1+2: pass\n",
    "match x:\n    case 1j+2j: pass\n", "match x:\n    case -1j+2j: pass\n",
    "match x:\n    case C(a=1, 2): pass\n", "match x:\n    case a as _: pass\n",
    "match x:\n    case a as 1: pass\n", "match x:\n    case *a: pass\n", "match x:\n    case a.b(: pass\n",
    "match x:\n    case {**_}: pass\n", "match x:\n    case {**a, b: 1}: pass\n", "match x:\n    case a | : pass\n",
    "match(x)\nx y\n", "match x y:\n  case 1: pass\n",
    # misc
    "x = 1; ; y = 2\n", "if x: if y: pass\n", "@\ndef f(): pass\n", "@x\nclass\n", "async x = 1\n",
    "nonlocal\n", "assert\n", "raise from x\n", "x = ()\n)\n", "a = [)\n", "print(\n    1,\n    2\n",
    "def f():\n    x = (\n        1,\n    return x\n", "x = 'a' 'b' c\n",
    # more beginner mistakes
    "if x:\n  pass\nelse if y:\n  pass\n", "while True print(x)\n", "for i in range(10) print(i)\n",
    "x === y\n", "import a from b\n", "x++\n", "def f(x, y):\n    return x +\n",
    "f = lambda x: return x\n", "a.b.\n", "async = 1\n", "None += 1\n", "'a' + 'b' = c\n",
    "x = 1\n\tif y:\n\t\tpass\n", "def f(self, x):\n\treturn x\n        pass\n",
    "class Foo(object)\n    pass\n", "print('hello'\nprint('world')\n", "x = [1, 2, 3\ny = 4\n",
    "s = 'it's'\n", "def f(x=1, y):\n    pass\n", "if x > 1 and:\n    pass\n", "x = 10 20\n",
    "return x y\n", "x = {'a' 1}\n", "f(a b)\n", "with open('f') as f, :\n    pass\n",
    "for x in range(3):\nprint(x)\n", "def f():\n    '''doc\n", "x = 1 if 2\n",
    "class C:\n    def f(self):\n        pass\n   def g(self):\n        pass\n",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = os.path.join(here, "errors")
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        if name.endswith(".py"):
            os.remove(os.path.join(out_dir, name))
    lines = []
    for i, src in enumerate(CASES):
        name = "%03d.py" % i
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as f:
            f.write(src)
        try:
            ast.parse(src)
        except SyntaxError as e:
            fields = [name, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            lines.append("\t".join(str(x) for x in fields))
            continue
        sys.exit("case %d parses without error: %r" % (i, src))
    with open(os.path.join(here, "errors.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d error cases" % len(lines))


if __name__ == "__main__":
    main()
