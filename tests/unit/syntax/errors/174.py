a + 1: int = 2
