const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

// d3 packages ship ES modules only (plus a UMD bundle); Jest runs CommonJS, so it gets the bundles.
const umd = (name) => join(__dirname, 'node_modules', name, 'dist', `${name}.js`);

module.exports = {
  ...nxPreset,
  moduleNameMapper: {
    '^d3-delaunay$': umd('d3-delaunay'),
    '^d3-geo$': umd('d3-geo'),
    '^d3-array$': umd('d3-array'),
  },
};
