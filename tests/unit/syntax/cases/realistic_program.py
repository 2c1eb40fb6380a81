import sys


def main(argv):
    total = 0
    for arg in argv[1:]:
        try:
            total += int(arg)
        except ValueError as e:
            print(f'bad: {arg!r} ({e})', file=sys.stderr)
    print('total', total)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
