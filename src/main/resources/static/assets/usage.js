// The usage page's charts, drawn by uPlot from the table under each chart, so that a chart shows
// exactly what its table says. Each series has its own dash pattern and point marker besides its
// colour (Okabe-Ito, told apart with colour blindness), so the lines are told apart without colour.
(function () {
  const colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
  const dashes = [[], [10, 5], [2, 4], [12, 4, 2, 4], [6, 3, 1, 3], [1, 8], [16, 6], [4, 4]];
  // The legend's marker for each dash pattern, as near as a CSS border comes.
  const borders = ['solid', 'dashed', 'dotted', 'double', 'dashed', 'dotted', 'double', 'dashed'];
  const day = 86400;
  const markers = [
    { size: 6, filled: true }, { size: 9, filled: false }, { size: 4, filled: true }, { size: 11, filled: false },
  ];

  function number(text) {
    const value = Number(text.trim());
    return text.trim() === '' || Number.isNaN(value) ? null : value;
  }

  function read(table) {
    const names = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
    const rows = [...table.querySelectorAll('tbody tr')];
    const days = rows.map((tr) => Date.parse(tr.querySelector('th').textContent + 'T00:00:00Z') / 1000);
    const values = names.map((_, i) => rows.map((tr) => number(tr.querySelectorAll('td')[i].textContent)));
    return { names, data: [days, ...values] };
  }

  function series(name, i) {
    const colour = colours[i % colours.length];
    const marker = markers[i % markers.length];
    return {
      label: name,
      stroke: colour,
      width: 2,
      dash: dashes[i % dashes.length],
      spanGaps: false,
      points: { show: true, size: marker.size, width: 2, stroke: colour, fill: marker.filled ? colour : '#fff' },
    };
  }

  function draw(section) {
    const plot = section.querySelector('.plot');
    const table = section.querySelector('table.series');
    if (!plot || !table) return;
    const { names, data } = read(table);
    const options = {
      width: Math.max(320, Math.min(plot.clientWidth || 900, 1100)),
      padding: [12, 48, 0, 0],
      height: 260,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true } },
      axes: [
        {
          space: 90,
          incrs: [day, 2 * day, 7 * day, 14 * day, 30 * day, 91 * day],
          values: (u, splits) => splits.map((t) => new Date(t * 1000).toISOString().slice(0, 10)),
        },
        { label: plot.dataset.unit, size: 70 },
      ],
      legend: { markers: { width: 3, dash: (u, i) => (i === 0 ? 'solid' : borders[(i - 1) % borders.length]) } },
      series: [{ label: 'Day' }, ...names.map(series)],
    };
    new uPlot(options, data, plot);
    plot.dataset.series = String(names.length);
  }

  document.querySelectorAll('section.chart').forEach(draw);
})();
