# Working with nested lists/dicts: matrices, grouping, stacks and queues
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix], [matrix[i][i] for i in range(3)])
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
rotated = [list(row) for row in zip(*matrix[::-1])]
print(rotated)
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix))
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*matrix)] for row in matrix]
print(product)
for row in matrix:
    print(' '.join(f'{v:3d}' for v in row))
people = [
    {'name': 'ann', 'dept': 'eng', 'skills': ['py', 'go']},
    {'name': 'bob', 'dept': 'ops', 'skills': ['sh']},
    {'name': 'cat', 'dept': 'eng', 'skills': ['py', 'rust', 'c']},
]
by_dept = {}
for p in people:
    by_dept.setdefault(p['dept'], []).append(p['name'])
print(by_dept)
skills = {}
for p in people:
    for s in p['skills']:
        skills[s] = skills.get(s, 0) + 1
print(sorted(skills.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(people, key=lambda p: len(p['skills']))['name'])
people[1]['skills'].append('py')
print([p['name'] for p in people if 'py' in p['skills']])
stack = []
for ch in '(a[b]{c})':
    if ch in '([{':
        stack.append(ch)
    elif ch in ')]}':
        top = stack.pop()
        print('matched', top, ch)
print('stack empty:', stack == [])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
tree = {'value': 1, 'children': [{'value': 2, 'children': []},
                                  {'value': 3, 'children': [{'value': 4, 'children': []}]}]}
def total(node):
    return node['value'] + sum(total(c) for c in node['children'])
def depth(node):
    return 1 + max((depth(c) for c in node['children']), default=0)
print(total(tree), depth(tree))
config = {'db': {'host': 'localhost', 'ports': [5432, 5433]}, 'debug': False}
config['db']['ports'].append(5434)
config.setdefault('cache', {})['ttl'] = 60
print(config)
print(config['db']['ports'][-1], config.get('cache', {}).get('ttl'), config.get('x', {}).get('y', 'none'))
flat = {}
def flatten(d, prefix=''):
    for k, v in d.items():
        key = f'{prefix}{k}'
        if isinstance(v, dict):
            flatten(v, key + '.')
        else:
            flat[key] = v
flatten(config)
print(flat)
