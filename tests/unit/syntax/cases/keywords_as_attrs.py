x = obj.match
y = obj.case
z = obj._
