变量 = 1
π = 3.14
def 函数(参数):
    return 参数 * 2
class Ünïcödé:
    ñ = 'ñ'
naïve_café = 'x'
