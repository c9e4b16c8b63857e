"""The core of nnviz: pure NumPy that reads like the lectures. It imports no Qt, no gui and
no session: the app, the command line and the tests all compute through it.

The lectures' notation throughout: layers l = 1..L, W^l is (N_l, N_{l-1}) and w^l_jk goes
from neuron k of layer l-1 to neuron j of layer l; z^l = W^l a^{l-1} + b^l, a^l = σ(z^l),
δ^l = ∂ℓ/∂z^l; a batch is rows; all parameters live in one flat vector θ.

    activations      σ by name, with σ' and the backward step through it
    losses           ℓ(a, y) per sample and ∂ℓ/∂a; C is the batch mean
    network          Architecture, Network (θ, forward, backward), ForwardTrace, Gradients
    optimizers       SGD, momentum, Nesterov, AdaGrad, RMSProp, Adam: one step on θ
    training         Trainer (gradient descent over batches), TrainerProtocol, evaluate
    perceptron       Rosenblatt's rule, one event per sample
    perceptron_training   the rule behind TrainerProtocol (PerceptronTrainer)
    snapshot         Snapshot: the frozen record of training that crosses threads
    config           Config (data, network, training) and how it becomes those objects
    lessons          lessons: named Configs read from TOML files
    lesson_script    a lesson's [[step]] script, checked and replayed headlessly (replay)
    data/            Dataset, the seeded generators, the CSV loader
    files            reading the user's text files and writing them atomically
    modelfile        the JSON model format
    input_space      the input plane, maps of every neuron over it, the hidden feature space
    contours         marching squares: contour lines of a grid of values
    landscape        the cost over slices of parameter space; optimizer paths on a surface
    surfaces         the optimizer lesson's test surfaces with their gradients
    gradcheck        backpropagation against central finite differences
    notation         the lectures' one spelling of every symbol and number
    worked_numbers   every number of one forward pass, backward pass and update
    worked           the worked example as an ordered list of steps
    explain/         `nnviz explain`'s formats of the worked example
    errors           InputError (bad user input) and Cancelled
"""
