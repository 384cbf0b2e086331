# an uncaught exception prints its notes after the message (the last stderr line is the last note)
print("before")
e = ValueError("x")
e.add_note("first note")
e.add_note("last note")
raise e
