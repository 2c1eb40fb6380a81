a b
c = (
