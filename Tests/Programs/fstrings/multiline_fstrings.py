# Triple-quoted and multi-line f-strings
name = 'Report'
rows = [('a', 1), ('b', 22)]
text = f"""Title: {name}
Rows: {len(rows)}
First: {rows[0]!r}
Sum: {sum(v for _, v in rows):>5}"""
print(text)
print(repr(text))
block = f'''
  indented {name.lower()}
    deeper {name.upper()}
'''
print(repr(block))
msg = (
    f'{name}: '
    f'{len(rows)} rows, '
    f'max={max(v for _, v in rows)}'
)
print(msg)
print(f'''{
    name
}''')
print(f"""{
    ', '.join(k for k, _ in rows)
}""")
print(f'''a
{'b'}
c''')
html = f"""<ul>
{chr(10).join(f'  <li>{k}={v}</li>' for k, v in rows)}
</ul>"""
print(html)
n = 3
grid = '\n'.join(f'{r}: ' + ' '.join(f'{r * c:2d}' for c in range(1, n + 1)) for r in range(1, n + 1))
print(grid)
print(f'{name}\
 continued')
print(f'tab\tsep\\backslash\x41\u00e9')
print(rf'raw\t{name}\n', len(rf'\t{name}'))
