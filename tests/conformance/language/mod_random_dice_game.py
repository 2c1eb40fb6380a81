import random
random.seed(2023)
players = ["ana", "bo", "cy"]
scores = {p: 0 for p in players}
for round_no in range(1, 6):
    for p in players:
        roll = random.randint(1, 6) + random.randint(1, 6)
        scores[p] += roll
    leader = max(players, key=lambda p: scores[p])
    print(round_no, scores, leader)
order = players[:]
random.shuffle(order)
print("next order:", order, "bonus:", random.choice(order), round(random.random(), 6))
