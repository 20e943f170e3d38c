# A misspelled builtin close enough to get a suggestion
words = ['b', 'a']
print('sorting', words)
ordered = sortd(words)
print(ordered)
