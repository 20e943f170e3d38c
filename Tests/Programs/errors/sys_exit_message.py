# sys.exit with a string: message goes to stderr and the exit status is 1
import sys

print('validating input')
errors = ['missing name', 'bad age']
if errors:
    sys.exit('fatal: ' + '; '.join(errors))
print('not reached')
