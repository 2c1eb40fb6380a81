# Breadth-first search over a small graph with a deque as the frontier
from collections import deque

graph = {
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": ["G"],
    "G": [],
}

def bfs(start, goal):
    frontier = deque([start])
    came_from = {start: None}
    while frontier:
        node = frontier.popleft()
        print("visit", node, "frontier", list(frontier))
        if node == goal:
            break
        for nxt in graph[node]:
            if nxt not in came_from:
                came_from[nxt] = node
                frontier.append(nxt)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1]

print("path:", " -> ".join(bfs("A", "G")))
