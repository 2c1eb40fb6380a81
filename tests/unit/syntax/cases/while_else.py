while cond():
    step()
else:
    done()
