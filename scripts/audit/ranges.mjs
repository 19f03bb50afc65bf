// Just enough semver for advisory ranges like "<3.1.0" or ">=5.53.0 <5.53.5" (all must hold).

/** @param {string} version */
function parts(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`not a version: ${version}`);
  return match.slice(1, 4).map(Number);
}

/** @param {string} a @param {string} b */
export function compareVersions(a, b) {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/** @param {string} version @param {string} range */
export function inRange(version, range) {
  return range
    .trim()
    .split(/\s+/)
    .every((comparator) => {
      const match = /^(<=|>=|<|>|=)?(\d+\.\d+\.\d+)$/.exec(comparator);
      if (!match) throw new Error(`unsupported range: ${range}`);
      const order = compareVersions(version, match[2]);
      switch (match[1] ?? '=') {
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '>':
          return order > 0;
        case '>=':
          return order >= 0;
        default:
          return order === 0;
      }
    });
}

/**
 * Installed packages (from package-lock.json v3 `packages`) that fall in an advisory's range.
 * @param {Record<string, { version?: string }>} lockPackages
 * @param {{ id: string, package: string, vulnerable: string, severity: string }[]} advisories
 */
export function matchAdvisories(lockPackages, advisories) {
  const hits = [];
  for (const [path, info] of Object.entries(lockPackages)) {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!path || !info.version) continue;
    for (const advisory of advisories) {
      if (advisory.package === name && inRange(info.version, advisory.vulnerable))
        hits.push({ ...advisory, path, version: info.version });
    }
  }
  return hits;
}
