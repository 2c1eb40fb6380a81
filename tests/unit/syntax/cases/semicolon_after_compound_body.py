if x: pass;
for i in y: a(); b();
