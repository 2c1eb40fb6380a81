class C(Base):
    attr: int = 0
    def method(self, x):
        return self.attr + x
    @property
    def prop(self):
        return 1
    @staticmethod
    def s(): ...
