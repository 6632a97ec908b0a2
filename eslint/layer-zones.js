// The import direction of src/, as zones for import-x/no-restricted-paths. Each layer may import from itself
// and the layers before it in LAYERS. A feature may import its own folder, features/shared, and another
// feature's public entry (its index.ts, which names what others may use) but none of its internals. The build
// scripts may import only the pure modules of src/ (config, data), never what runs in the app.
export const LAYERS = ['config', 'data', 'state', 'i18n', 'map', 'features', 'app'];

/** @param {string[]} featureFolders the folders of src/features */
export function layerZones(featureFolders) {
  const zones = LAYERS.flatMap((layer, index) =>
    LAYERS.slice(index + 1).map((later) => ({
      target: `./src/${layer}`,
      from: `./src/${later}`,
      message: `src/${layer} sits below src/${later}: imports run config ← data ← state ← i18n ← map ← features ← app.`,
    })),
  );
  for (const folder of featureFolders) {
    if (folder === 'shared') continue;
    zones.push({
      target: `./src/features/${folder}`,
      from: './src/features',
      except: [`./${folder}`, './shared', ...featureFolders.map((other) => `./${other}/index.ts`)],
      message:
        "A feature does not reach into another feature's internals: move what both need to src/features/shared, or use the other feature's index.ts.",
    });
  }
  zones.push({
    target: './src/features/shared',
    from: './src/features',
    except: ['./shared'],
    message: 'features/shared is shared by features and imports none of them.',
  });
  zones.push({
    target: ['./data', './scripts'],
    from: LAYERS.filter((layer) => layer !== 'config' && layer !== 'data').map((layer) => `./src/${layer}`),
    message: 'Build scripts import only the pure modules of src/ (config, data), never app code.',
  });
  return zones;
}
