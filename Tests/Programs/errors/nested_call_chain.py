# An exception raised deep in a call chain and never caught
def parse_record(text):
    name, age = text.split(',')
    return name, int(age)

def load(lines):
    records = []
    for line in lines:
        print('loading', line)
        records.append(parse_record(line))
    return records

def main():
    data = ['ann,31', 'bob,27', 'cid,unknown', 'dan,40']
    result = load(data)
    print('never reached', result)

main()
