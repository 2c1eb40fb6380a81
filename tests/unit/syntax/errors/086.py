class A:
x
