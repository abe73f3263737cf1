// The parts of Phaser 4 the game uses, built from Phaser's own sources (vite.config.ts points
// `import Phaser from 'phaser'` here). Modelled on Phaser's phaser-core.js entry plus the game
// objects the game adds (containers, nine-slices, rectangles, zones) and geometry; no physics, tilemaps,
// particles, curves, sound manager or loader file types it never uses. Types still come from
// Phaser's own declarations.
import '../../node_modules/phaser/src/polyfills/requestVideoFrame.js';
import CONST from '../../node_modules/phaser/src/const.js';
import Extend from '../../node_modules/phaser/src/utils/object/Extend.js';
import Animations from '../../node_modules/phaser/src/animations/index.js';
import BlendModes from '../../node_modules/phaser/src/renderer/BlendModes.js';
import Cache from '../../node_modules/phaser/src/cache/index.js';
import Cameras from '../../node_modules/phaser/src/cameras/index.js';
import Core from '../../node_modules/phaser/src/core/index.js';
import Class from '../../node_modules/phaser/src/utils/Class.js';
import Data from '../../node_modules/phaser/src/data/index.js';
import Events from '../../node_modules/phaser/src/events/index.js';
import Game from '../../node_modules/phaser/src/core/Game.js';
import DisplayList from '../../node_modules/phaser/src/gameobjects/DisplayList.js';
import GameObjectFactory from '../../node_modules/phaser/src/gameobjects/GameObjectFactory.js';
import GameObjectCreator from '../../node_modules/phaser/src/gameobjects/GameObjectCreator.js';
import UpdateList from '../../node_modules/phaser/src/gameobjects/UpdateList.js';
import Components from '../../node_modules/phaser/src/gameobjects/components/index.js';
import GameObject from '../../node_modules/phaser/src/gameobjects/GameObject.js';
import Container from '../../node_modules/phaser/src/gameobjects/container/Container.js';
import Graphics from '../../node_modules/phaser/src/gameobjects/graphics/Graphics.js';
import Image from '../../node_modules/phaser/src/gameobjects/image/Image.js';
import NineSlice from '../../node_modules/phaser/src/gameobjects/nineslice/NineSlice.js';
import Rectangle from '../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle.js';
import Text from '../../node_modules/phaser/src/gameobjects/text/Text.js';
import TextStyle from '../../node_modules/phaser/src/gameobjects/text/TextStyle.js';
import Zone from '../../node_modules/phaser/src/gameobjects/zone/Zone.js';
import '../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js';
import '../../node_modules/phaser/src/gameobjects/image/ImageFactory.js';
import '../../node_modules/phaser/src/gameobjects/nineslice/NineSliceFactory.js';
import '../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import '../../node_modules/phaser/src/gameobjects/text/TextFactory.js';
import '../../node_modules/phaser/src/gameobjects/zone/ZoneFactory.js';
import Geom from '../../node_modules/phaser/src/geom/index.js';
import Input from '../../node_modules/phaser/src/input/index.js';
import LoaderPlugin from '../../node_modules/phaser/src/loader/LoaderPlugin.js';
import PhaserMath from '../../node_modules/phaser/src/math/index.js';
import Plugins from '../../node_modules/phaser/src/plugins/index.js';
import Renderer from '../../node_modules/phaser/src/renderer/index.js';
import Scale from '../../node_modules/phaser/src/scale/index.js';
import ScaleModes from '../../node_modules/phaser/src/renderer/ScaleModes.js';
import Scene from '../../node_modules/phaser/src/scene/Scene.js';
import Scenes from '../../node_modules/phaser/src/scene/index.js';
import Structs from '../../node_modules/phaser/src/structs/index.js';
import Textures from '../../node_modules/phaser/src/textures/index.js';
import Time from '../../node_modules/phaser/src/time/index.js';
import TintModes from '../../node_modules/phaser/src/renderer/TintModes.js';
import Tweens from '../../node_modules/phaser/src/tweens/index.js';

const Phaser = Extend(false, {
  Animations, BlendModes, Cache, Cameras, Core, Class, Data, Events, Game,
  GameObjects: { DisplayList, GameObjectFactory, GameObjectCreator, UpdateList, Components, GameObject, Container, Graphics, Image, NineSlice, Rectangle, Text, TextStyle, Zone },
  Geom, Input, Loader: { LoaderPlugin }, Math: PhaserMath, Plugins, Renderer, Scale, ScaleModes, Scene, Scenes, Structs, Textures, Time, TintModes, Tweens,
}, CONST);

export default Phaser;
