/**
 * Snippets one click away in the web console: each is typed into the terminal as if the user had
 * pasted it, so it shows the prompts, echoes and output a session would. The first ones follow the
 * NumPy tutorial's broadcasting and fancy-indexing topics.
 */
export const EXAMPLES: { title: string; code: string }[] = [
  {
    title: 'Broadcasting',
    code: `import numpy as np
a = np.array([[0.0], [10.0], [20.0], [30.0]])
b = np.array([1.0, 2.0, 3.0])
a + b
(a + b).shape
`,
  },
  {
    title: 'Fancy indexing',
    code: `import numpy as np
x = np.arange(10) ** 2
x[[1, 3, 5]]
m = np.arange(12).reshape(3, 4)
m[[0, 2], [1, 3]]
m[m % 2 == 0] = -1
m
`,
  },
  {
    title: 'Statistics',
    code: `import numpy as np
rng = np.random.default_rng(42)
data = rng.normal(10, 2, size=1000)
print(f"mean {data.mean():.3f}, std {data.std():.3f}")
np.histogram(data, bins=5)
`,
  },
  {
    title: 'Files',
    code: `import numpy as np
np.savetxt('table.csv', np.arange(6).reshape(2, 3), delimiter=',', fmt='%d')
print(open('table.csv').read())
np.loadtxt('table.csv', delimiter=',')
`,
  },
];
